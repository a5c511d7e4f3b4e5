namespace Woodbrook.Monitor.Classify;

/// <summary>Finds the configured staff in a comment: full names, aliases and first names (exactly, or with one slip of the keyboard in
/// a word of five or more letters), and a lone first name only when it is typed with a capital, is not an @mention, and is
/// not followed by someone else's surname or a word like "hubby" (so "Tom (the hubby)" and "@Kelly Moore" are not staff).
/// Also finds roles that only one person holds ("the practice manager"), from the staff list.</summary>
internal sealed class StaffMatcher
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly List<Entry> _fuzzyEntries = [];
    private readonly List<string[]> _singleRoles = [];

    public StaffMatcher(PracticeOptions practice)
    {
        foreach (var member in practice.Staff)
        {
            var full = Words(member.Name);
            if (full.Length == 0)
            {
                continue;
            }
            var surname = full.Length > 1 ? full[^1] : null;
            AddEntry(full, lone: full.Length == 1);
            var lone = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in member.Aliases)
            {
                var words = Words(alias);
                if (words.Length > 0)
                {
                    AddEntry(words, lone: words.Length == 1, ownSurname: words.Length == 1 ? surname : null);
                    // pass n3: "Mrs Jones" in the patients' languages ("Doamna Jones", "pani Jones", "Domnul Hale")
                    if (words.Length == 2 && ForeignTitles.TryGetValue(words[0], out var foreign))
                    {
                        foreach (var title in foreign)
                        {
                            AddEntry([title, words[1]], lone: false);
                        }
                    }
                    if (words.Length == 1)
                    {
                        lone.Add(words[0]);
                    }
                }
            }
            // the first name of a listed member, like a one-word alias ("Welcome Richard!"), under the same lone-name checks
            if (full.Length > 1 && !lone.Contains(full[0]))
            {
                AddEntry([full[0]], lone: true, ownSurname: surname);
            }
            // the surname alone ("Okafor is the best doctor there"), only typed with a capital and not after another
            // first name ("Bridget Jones") or a title of address ("Mrs Brown" is as often a neighbour)
            if (surname is not null && !lone.Contains(surname))
            {
                AddEntry([surname], lone: true, surnameOnly: true);
            }
        }
        var roles = practice.Staff.Select(s => Words(s.Role)).Where(r => r.Length > 0).ToList();
        foreach (var role in roles)
        {
            var key = string.Join(' ', role);
            if (roles.Count(r => string.Join(' ', r) == key) == 1 && !_singleRoles.Any(r => string.Join(' ', r) == key))
            {
                _singleRoles.Add(role);
            }
            var head = role[^1];
            if (role.Length > 1 && !GenericHeads.Contains(head) && roles.Count(r => r[^1] == head) == 1)
            {
                _singleRoles.Add([head]);
            }
        }
    }

    /// <summary>Role words that name a kind of job, not one post, even when one person holds it here.</summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "nurse", "gp", "doctor", "receptionist", "assistant", "partner", "administrator", "secretary",
        // every chemist has one: "the pharmacist" is as often the high-street pharmacy's
        "pharmacist",
    };

    private void AddEntry(string[] words, bool lone, string? ownSurname = null, bool surnameOnly = false)
    {
        var entry = new Entry(words, lone, ownSurname, surnameOnly);
        if (!_byFirstToken.TryGetValue(words[0], out var list))
        {
            _byFirstToken[words[0]] = list = [];
        }
        list.Add(entry);
        var unapostrophed = words.Select(w => w.Replace("'", "", StringComparison.Ordinal)).ToArray();
        if (!unapostrophed.SequenceEqual(words))
        {
            AddEntry(unapostrophed, lone, ownSurname?.Replace("'", "", StringComparison.Ordinal), surnameOnly);
            // "Dr O Connor": the apostrophe typed as a space
            var spaced = words.SelectMany(w => w.Split('\'', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            if (spaced.Length > words.Length && !lone)
            {
                AddEntry(spaced, lone);
            }
        }
        if (!lone)
        {
            _fuzzyEntries.Add(entry);
        }
    }

    private static string[] Words(string text) =>
        TextNormaliser.Tokenize(text).Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Text).ToArray();

    /// <summary>Adds staff mentions to <paramref name="staffSet"/> and single-holder roles to <paramref name="roleSet"/>.
    /// <paramref name="relationSet"/> marks words like "hubby" that make a lone first name someone else.</summary>
    public void Match(TokenizedText text, MatchTable table, int staffSet, int roleSet, int? relationSet)
    {
        var tokens = text.Tokens;
        var relation = relationSet is { } r ? table.Mask(r, tokens.Count) : new bool[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            var matched = false;
            if (_byFirstToken.TryGetValue(token.Text, out var entries))
            {
                foreach (var entry in entries)
                {
                    var end = ExactEnd(tokens, i, entry.Words);
                    if (end < 0 || (entry.Lone && !LoneNameIsStaff(text, i, relation, entry)) || (!entry.Lone && IsNeighbourWithTitle(text, i, end, relation, entry)))
                    {
                        continue;
                    }
                    table.Add(staffSet, i, end);
                    matched = true;
                }
            }
            if (!matched && token.Text.Length >= 2)
            {
                foreach (var entry in _fuzzyEntries)
                {
                    var end = FuzzyEnd(tokens, i, entry.Words);
                    if (end >= 0)
                    {
                        table.Add(staffSet, i, end);
                        break;
                    }
                }
            }
            foreach (var role in _singleRoles)
            {
                var end = ExactEnd(tokens, i, role);
                if (end >= 0)
                {
                    table.Add(roleSet, i, end);
                }
            }
        }
    }

    private bool LoneNameIsStaff(TokenizedText text, int i, bool[] relation, Entry entry)
    {
        var token = text[i];
        if (token.Is(TokenFlags.Mention))
        {
            return false;
        }
        // pass j3: a surname typed in lower case only between "that/this/the" and a word for a person ("that hale lad")
        if (!token.Is(TokenFlags.Capitalised) && (entry.SurnameOnly ? !SurnameAsDescribed(text, i) && !LowercaseSurnameAsName(text, i) : !LowercaseNameInContext(text, i)))
        {
            return false;
        }
        if (entry.SurnameOnly && OrdinaryWords.Contains(token.Text) && !SurnameAsSubject(text, i) && !SurnameAsObject(text, i)
            && !SurnameAsDescribed(text, i))
        {
            // "Brown bread", "Reed diffusers": a surname that is also a word is staff only with a title or first name,
            // or as the subject that opens a sentence ("Hale is the best", "Hale sorted me out")
            return false;
        }
        if (OrdinaryWords.Contains(token.Text) && i + 2 < text.Count && text[i + 1].Text == "and"
            && text[i + 2].Kind == TokenKind.Word && !text[i + 2].Is(TokenFlags.Capitalised) && !FunctionWords.Contains(text[i + 2].Text))
        {
            // "Grace and peace", "Hope and pray": a name that is also a word, paired with another ordinary word
            return false;
        }
        if (i + 1 < text.Count && text[i + 1].Kind == TokenKind.Word && text[i + 1].Is(TokenFlags.Capitalised)
            && !text[i + 1].Is(TokenFlags.AllCaps) && text[i + 1].Text != entry.OwnSurname && text[i + 1].Text.Length > 2
            && !PronounsAfterName.Contains(text[i + 1].Text)
            && !RoleWords.Contains(text[i + 1].Text) && !SignedRoleOpeners.Contains(text[i + 1].Text))
        {
            // "Kelly Moore", "Tom Jones": somebody else with the same first name (but "Grace, Clinical Pharmacist" and
            // "Kelly, Receptionist" are the name signed with a role, pass f3)
            return false;
        }
        if (entry.SurnameOnly && i > 0 && text[i - 1].Kind == TokenKind.Word
            && !TitleWithStaffWork(text, i, relation)
            && (TitlesOfAddress.Contains(text[i - 1].Text) || (text[i - 1].Is(TokenFlags.Capitalised) && !StaffTitles.Contains(text[i - 1].Text)
                && !DeterminersBeforeSurname.Contains(text[i - 1].Text) && !ObjectCues.Contains(text[i - 1].Text))))
        {
            // "Bridget Jones", "Mrs Brown": another person with the same surname
            return false;
        }
        // "my husband Tom", "Tom (the hubby)", "Tom my son", "our Tom": the name belongs to the writer's family
        if (i > 0 && (relation[i - 1] || text[i - 1].Text is "our" or "my"))
        {
            return false;
        }
        if (i + 2 < text.Count && text[i + 1].Text is "the" or "my" or "our" or "me" && relation[i + 2])
        {
            return false;
        }
        // "Beth and I will be there, she's my wife": the sentence goes on to say whose relative the name is
        if (NamedAsRelativeLater(text, i, relation))
        {
            return false;
        }
        // "Tom from next door", "Kelly down the road": a neighbour or acquaintance with a staff member's first name
        if (IsNeighbourPhrase(text, i + 1))
        {
            return false;
        }
        // "Beth's cafe", "Kelly's nails": a business with the name
        if (i + 1 < text.Count && BusinessNouns.Contains(text[i + 1].Text))
        {
            return false;
        }
        // "Grace is such a pretty name", "the name Grace": the name as a name
        if (i > 0 && text[i - 1].Text is "name" or "names" or "named")
        {
            return false;
        }
        // "my daughter's called Grace": a relative with the name (but "a nurse called Linda" is staff)
        if (i > 1 && text[i - 1].Text is "called" or "calling" or "call")
        {
            for (var k = Math.Max(0, i - 5); k < i - 1; k++)
            {
                if (relation[k])
                {
                    return false;
                }
            }
        }
        // "Kelly remembered my daughter's name": the name is something the person did something with, not the name as a name
        if (i + 1 < text.Count && NameVerbs.Contains(text[i + 1].Text))
        {
            return true;
        }
        for (var k = i + 1; k < text.Count && k <= i + 5; k++)
        {
            if (text[k].Text is "name" or "names" && !(text[k - 1].Text is "his" or "her" or "their" or "whatever" or "what's" or "whats" or "your" or "my" or "our" or "surname" or "last" or "full"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Pass z3: "Ms Liu sorted my tablets", "Mrs Okafor the GP", "Mr Iqbal on reception": a title of address and a
    /// staff surname followed by something done for the writer or by the job here, and not after a relation word ("my
    /// neighbour Mrs Jones sorted my bins" stays the neighbour).</summary>
    private static bool TitleWithStaffWork(TokenizedText text, int i, bool[] relation)
    {
        if (!WorkingTitles.Contains(text[i - 1].Text) || (i > 1 && (relation[i - 2] || text[i - 2].Text is "my" or "our")))
        {
            return false;
        }
        var next = i + 1 < text.Count && text[i + 1].Kind == TokenKind.Word ? text[i + 1].Text : "";
        var after = i + 2 < text.Count ? text[i + 2].Text : "";
        var third = i + 3 < text.Count ? text[i + 3].Text : "";
        return CareVerbs.Contains(next)
            || (next == "the" && RoleWords.Contains(after))
            || (next is "on" or "at" or "from" && (after is "reception" || (after == "the" && third is "desk" or "phones" or "dispensary")));
    }

    /// <summary>Pass n3: the same title of address in Romanian and Polish, for aliases like "Mrs Jones".</summary>
    private static readonly Dictionary<string, string[]> ForeignTitles = new(StringComparer.Ordinal)
    {
        ["mrs"] = ["doamna", "doamnei", "pani", "pania"],
        ["ms"] = ["doamna", "doamnei", "pani", "pania"],
        ["miss"] = ["doamna", "doamnei", "domnisoara", "pani", "pania"],
        ["mr"] = ["domnul", "domnului", "pan", "panem"],
    };

    /// <summary>What a person does with someone's name ("Kelly remembered my daughter's name", "Mo spelt my name wrong").</summary>
    private static readonly HashSet<string> NameVerbs = new(StringComparer.Ordinal)
    {
        "remembered", "remembers", "knew", "knows", "forgot", "forgets", "learned", "learnt", "spelt", "spelled", "misspelt",
        "misspelled", "spells", "wrote", "writes", "got", "gets", "mixed", "mixes", "mispronounced", "pronounced", "butchered",
        "used", "uses", "asked", "asks", "shouted", "shouts", "yelled", "called", "calls", "took", "takes", "checked",
    };

    private static readonly HashSet<string> WorkingTitles = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "mister" };

    /// <summary>"she's my wife", "he's our lad", "is my husband" later in the same sentence as a lone first name (pass r2).</summary>
    private static bool NamedAsRelativeLater(TokenizedText text, int i, bool[] relation)
    {
        for (var k = i + 2; k + 1 < text.Count && k <= i + 10; k++)
        {
            if (text[k].Kind == TokenKind.Boundary)
            {
                return false;
            }
            if (text[k].Text is "my" or "our" && relation[k + 1]
                && text[k - 1].Text is "she" or "shes" or "he" or "hes" or "who" or "whos" or "is")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A capitalised surname-word at the start of a sentence, followed by a verb of being or of care.</summary>
    private static bool SurnameAsSubject(TokenizedText text, int i) =>
        text[i].Is(TokenFlags.Capitalised) && !Colours.Contains(text[i].Text) && OpensSentenceBeforeVerb(text, i)
        // pass k3: "Hale signed up for the walking group" is somebody joining, not the registrar signing something
        && !(text[i + 1].Text == "signed" && i + 2 < text.Count && text[i + 2].Text == "up");

    /// <summary>The word at <paramref name="i"/> opens a sentence and a verb of being or of care follows it, as a subject
    /// would be placed, whatever its case.</summary>
    private static bool OpensSentenceBeforeVerb(TokenizedText text, int i) =>
        (i == 0 || text[i - 1].Kind != TokenKind.Word)
        && i + 1 < text.Count && text[i + 1].Kind == TokenKind.Word
        && (CareVerbs.Contains(text[i + 1].Text) || SubjectVerbs.Contains(text[i + 1].Text));

    /// <summary>The word at <paramref name="i"/> follows a verb of meeting or thanking ("saw", "thanks"), whatever its case.</summary>
    private static bool FollowsObjectCue(TokenizedText text, int i) =>
        i > 0 && text[i - 1].Kind == TokenKind.Word && ObjectCues.Contains(text[i - 1].Text);

    /// <summary>Pass r75: a surname that is not also a word, typed in lower case, as the subject that opens a sentence ("okafor
    /// is the goat", "okafor sorted me out") or after a verb of meeting or thanking ("saw okafor today"), as it would be with
    /// a capital; not after a blocker ("my patel"). "okafor signed up for the walk" counts, as "Okafor signed up" does: the
    /// pass-k3 exception is for surnames that are also words ("Hale signed up"), whoever a rare surname names.</summary>
    private static bool LowercaseSurnameAsName(TokenizedText text, int i)
    {
        if (OrdinaryWords.Contains(text[i].Text) || AfterBlocker(text, i))
        {
            return false;
        }
        return OpensSentenceBeforeVerb(text, i) || FollowsObjectCue(text, i);
    }

    /// <summary>A capitalised surname-word right after a verb of meeting or thanking ("Saw Hale last week", "seen by Reed",
    /// "thanks Hale"), not a colour and not the first part of a capitalised place ("by Hill Street").</summary>
    private static bool SurnameAsObject(TokenizedText text, int i) =>
        text[i].Is(TokenFlags.Capitalised) && !text[i].Is(TokenFlags.AllCaps) && !Colours.Contains(text[i].Text)
        && FollowsObjectCue(text, i)
        && !(i + 1 < text.Count && text[i + 1].Kind == TokenKind.Word && text[i + 1].Is(TokenFlags.Capitalised));

    /// <summary>A surname-word between a determiner and a word for a person, not a colour ("the Brown woman" may describe
    /// skin): capitalised after any of <see cref="DescribedCues"/> ("that new Hale lad", "this Reed fella", pass a3), in
    /// lower case only after "that", "this" or "the" ("that hale lad", pass j3).</summary>
    private static bool SurnameAsDescribed(TokenizedText text, int i) =>
        !text[i].Is(TokenFlags.AllCaps) && !Colours.Contains(text[i].Text)
        && i > 0 && text[i - 1].Kind == TokenKind.Word
        && (text[i].Is(TokenFlags.Capitalised) ? DescribedCues.Contains(text[i - 1].Text) : text[i - 1].Text is "that" or "this" or "the")
        && i + 1 < text.Count && text[i + 1].Kind == TokenKind.Word && PersonAfterSurname.Contains(text[i + 1].Text);

    private static readonly HashSet<string> DescribedCues = new(StringComparer.Ordinal)
    {
        "that", "this", "the", "new", "young", "old",
    };

    private static readonly HashSet<string> PersonAfterSurname = new(StringComparer.Ordinal)
    {
        "lad", "fella", "feller", "bloke", "guy", "chap", "man", "woman", "lady", "girl", "lass", "boy", "character",
    };

    private static readonly HashSet<string> ObjectCues = new(StringComparer.Ordinal)
    {
        "saw", "seen", "see", "seeing", "by", "ask", "asked", "tell", "told", "thank", "thanks", "cheers",
    };

    /// <summary>"Brown is my favourite colour": a colour opening a sentence is the colour.</summary>
    private static readonly HashSet<string> Colours = new(StringComparer.Ordinal)
    {
        "brown", "green", "white", "black", "grey", "gray", "pink",
    };

    private static readonly HashSet<string> SubjectVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "knows", "always", "never", "listens", "listened", "really", "actually",
        // pass n3: what the doctor did in the room, told with the surname opening the sentence ("Hale had his hand on my knee")
        "had", "kept", "asked", "made", "wouldn't", "wouldnt", "couldn't", "couldnt", "didn't", "didnt", "laughed", "shouted",
        "snapped", "touched", "should", "needs",
    };

    /// <summary>"Pathetic little man Mo, I'll be waiting": a capitalised pronoun after the name (the comma is not a token)
    /// starts the next clause; it is no surname.</summary>
    private static readonly HashSet<string> PronounsAfterName = new(StringComparer.Ordinal)
    {
        "i'll", "i'm", "i've", "i'd", "ill", "ive", "you", "you're", "youre", "you'll", "you've", "he's", "hes", "she's", "shes",
        "they", "they're", "we", "we're", "just", "thanks", "thank", "cheers", "please", "your",
    };

    /// <summary>"That Okafor woman", "Tell O'Connor": a capitalised word opening the sentence before a surname is no first
    /// name of another person.</summary>
    private static readonly HashSet<string> DeterminersBeforeSurname = new(StringComparer.Ordinal)
    {
        "that", "this", "the", "and", "but", "so", "tell", "ask",
    };

    /// <summary>Words after "Grace and …" that still leave the name a person ("Grace and the team", "Mo and his colleague").</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "her", "his", "my", "our", "your", "their", "i", "she", "he", "they", "everyone", "all", "co", "team",
    };

    /// <summary>A first name typed in lower case is staff as it would be with a capital when it is not also a word
    /// ("kelly's smile", "bye linda"), unless after "a", "the", "of", "my" or as the writer's companion; a name that is also a
    /// word ("mo", "grace") only where what follows makes it a name: something done for the writer, where they work, a
    /// possessive or a modal ("mo's smile", "grace can review my meds"), not "half a mo" or "by the grace of god".</summary>
    internal static bool LowercaseNameInContext(TokenizedText text, int i) =>
        // "kelly's smile", "know where you park kelly", "tom could find a vein": a name that is not also a word reads in
        // lower case as it does with a capital (the checks after this one still find the writer's own Tom), except as the
        // writer's companion ("me and tom", "tom and i")
        OrdinaryWords.Contains(text[i].Text) ? ReadsAsName(text, i) : !AfterBlocker(text, i) && !Companion(text, i);

    /// <summary>Whether the word before <paramref name="i"/> keeps a lower-case word from being a name ("a", "the", "my").</summary>
    private static bool AfterBlocker(TokenizedText text, int i) =>
        i > 0 && text[i - 1].Kind == TokenKind.Word && LowercaseBlockers.Contains(text[i - 1].Text);

    /// <summary>Whether a lower-case word at <paramref name="i"/> reads as a name by what is around it, as a name that is
    /// also a word must: a possessive, a modal or care verb after it, being spoken to, or opening a sentence that praises
    /// or describes it ("mo's smile", "grace can review my meds", "callum is fit").</summary>
    internal static bool ReadsAsName(TokenizedText text, int i)
    {
        if (AfterBlocker(text, i))
        {
            return false;
        }
        var next = i + 1 < text.Count && text[i + 1].Kind == TokenKind.Word ? text[i + 1].Text : "";
        // "mo's smile", "grace can review my meds", "mo better keep his head down", "mo u absolute k*nob": a name that is
        // also a word, made a name by a possessive, a modal verb or being spoken to
        var opensSentence = i == 0 || text[i - 1].Kind == TokenKind.Boundary;
        if (CareVerbs.Contains(next) || text[i].Is(TokenFlags.Possessive) || ModalsAfterName.Contains(next)
            || (opensSentence && next is "u" or "you"))
        {
            return true;
        }
        // "grace is the best", "mo was so patient": a name that opens a sentence and is praised or described
        var word3 = i + 2 < text.Count ? text[i + 2].Text : "";
        if (opensSentence && next is "is" or "was" or "has" or "always" or "never"
            && word3 is not ("a" or "an" or "shown" or "given" or "needed" or "said" or "not" or "what" or "for" or ""))
        {
            return true;
        }
        var after = i + 2 < text.Count ? text[i + 2].Text : "";
        var third = i + 3 < text.Count ? text[i + 3].Text : "";
        return (next is "on" or "at" or "from" or "in" && (after is "reception" or "recepcji" or "recepcja" || (after == "the" && third is "desk" or "phones" or "phone" or "front" or "dispensary" or "office")))
            || (next == "the" && RoleWords.Contains(after));
    }

    /// <summary>"me and tom", "tom and i", "tom and me": the writer's companion, not the person at the practice.</summary>
    private static bool Companion(TokenizedText text, int i) =>
        (i > 1 && text[i - 1].Text == "and" && text[i - 2].Text is "me" or "i")
        || (i + 2 < text.Count && text[i + 1].Text == "and" && text[i + 2].Text is "i" or "me");

    /// <summary>Modal verbs after a lower-case name that is also a word: "grace can", "mo better", "mo should".</summary>
    private static readonly HashSet<string> ModalsAfterName = new(StringComparer.Ordinal)
    {
        "can", "could", "should", "would", "better", "needs", "must", "might", "wont", "won't", "cant", "can't", "couldnt",
        "couldn't", "shouldnt", "shouldn't",
    };

    private static readonly HashSet<string> CareVerbs = new(StringComparer.Ordinal)
    {
        "sorted", "did", "gave", "took", "changed", "rang", "phoned", "reviewed", "helped", "told", "explained", "checked",
        "listened", "treated", "booked", "examined", "referred", "prescribed", "jabbed", "spotted", "fixed",
        // pass j3: what a doctor did wrong, told with the surname opening the sentence ("Hale signed me off without looking")
        "signed", "refused", "ignored", "lied", "forgot", "halved", "doubled", "fobbed",
        // pass r75: "mo chased my missing script"
        "chased",
    };

    /// <summary>Names that are also everyday words.</summary>
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.Ordinal)
    {
        "grace", "mo", "will", "hope", "faith", "joy", "may", "mark", "bill", "pat", "sue", "rose", "frank", "dawn", "june",
        "april", "amber", "ruby", "holly", "ivy", "iris", "daisy", "robin", "jack", "ray", "guy", "sunny", "summer", "chance",
        "rich", "don", "art", "carol", "gene", "brown", "reed", "hale", "green", "hill", "white", "black", "wood", "park",
        "bell", "ward", "hall", "king", "young", "long", "wells", "banks", "little", "cook", "baker", "sharp", "strong",
        "moss", "rush", "best", "law", "lamb", "fox", "gray", "grey", "pink", "rice", "marsh", "nash", "miller", "hunt",
    };

    private static readonly HashSet<string> LowercaseBlockers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "this", "that", "his", "her", "my", "your", "our", "their", "half", "by", "with", "in", "say",
        "saying", "said", "amazing", "state", "states", "sign", "days", "its", "it's", "say", "no", "any", "little", "bit",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "receptionist", "nurse", "pharmacist", "hca", "manager", "prescriber", "doctor", "gp", "registrar", "locum",
    };

    /// <summary>Pass f3: the first word of a job title signed after a name ("Grace, Clinical Pharmacist").</summary>
    private static readonly HashSet<string> SignedRoleOpeners = new(StringComparer.Ordinal)
    {
        "clinical", "practice", "social", "healthcare", "salaried", "senior", "lead",
    };

    /// <summary>English titles of address and their Romanian and Polish forms in <see cref="ForeignTitles"/>.</summary>
    private static readonly HashSet<string> TitlesOfAddress = new(
        new[] { "mr", "mrs", "miss", "ms", "mister", "auntie", "aunty", "uncle" }.Concat(ForeignTitles.Values.SelectMany(titles => titles)),
        StringComparer.Ordinal);

    private static readonly HashSet<string> StaffTitles = new(StringComparer.Ordinal)
    {
        "dr", "doctor", "doc", "nurse", "sister", "doktor", "doctorul",
    };

    private static readonly HashSet<string> BusinessNouns = new(StringComparer.Ordinal)
    {
        "cafe", "caff", "bakery", "salon", "shop", "kitchen", "bar", "pub", "nails", "hair", "barbers", "barber", "florist",
        "florists", "boutique", "takeaway", "diner", "chippy", "deli", "beauty", "garage", "taxis", "cakes", "bakes",
        "catering", "cleaning", "bistro", "tearoom", "tearooms", "chemist", "chemists", "pharmacy", "pharmacies", "newsagent",
        "newsagents", "store", "stores", "supermarket", "opticians", "optician", "builders", "butchers", "butcher",
        // "the Jones family", "Patel household": a family with the name
        "family", "families", "household", "clan", "twins",
    };

    private static readonly string[][] NeighbourPhrases =
    [
        ["next", "door"], ["from", "next", "door"], ["across", "the", "road"], ["over", "the", "road"], ["down", "the", "road"],
        ["up", "the", "road"], ["from", "work"], ["from", "school"], ["from", "church"], ["from", "the", "pub"],
        ["from", "the", "gym"], ["from", "down", "the", "road"], ["from", "across", "the", "road"],
        ["from", "the", "football"], ["from", "the", "club"], ["from", "football"], ["from", "the", "rugby"], ["from", "rugby"],
        ["from", "uni"], ["from", "college"], ["from", "the", "estate"], ["from", "the", "allotments"],
        ["from", "the", "choir"], ["from", "the", "mosque"], ["from", "the", "temple"], ["from", "the", "gurdwara"],
        ["from", "the", "shop"], ["from", "the", "chippy"], ["from", "the", "flats"], ["from", "my", "work"], ["from", "the", "school"],
    ];

    private static bool IsNeighbourPhrase(TokenizedText text, int i)
    {
        foreach (var phrase in NeighbourPhrases)
        {
            if (i + phrase.Length > text.Count)
            {
                continue;
            }
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
            {
                match = text[i + k].Kind == TokenKind.Word && text[i + k].Text == phrase[k];
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Mrs Jones next door", "my neighbour Mrs Jones": a title of address and a staff surname that belong to
    /// someone the writer lives near.</summary>
    private static bool IsNeighbourWithTitle(TokenizedText text, int i, int end, bool[] relation, Entry entry) =>
        TitlesOfAddress.Contains(entry.Words[0])
        && (IsNeighbourPhrase(text, end) || (i > 0 && relation[i - 1]) || (i > 1 && relation[i - 2] && text[i - 1].Kind == TokenKind.Word));

    private static int ExactEnd(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return -1;
        }
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[i + k].Kind != TokenKind.Word || tokens[i + k].Text != words[k])
            {
                return -1;
            }
        }
        return i + words.Length;
    }

    private static int FuzzyEnd(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return -1;
        }
        var slips = 0;
        for (var k = 0; k < words.Length; k++)
        {
            var t = tokens[i + k];
            if (t.Kind != TokenKind.Word)
            {
                return -1;
            }
            if (t.Text == words[k])
            {
                continue;
            }
            // one slip in a word long enough that a slip cannot turn it into another common word
            if (words[k].Length < 5 || !t.Is(TokenFlags.Capitalised) || !WithinOneEdit(t.Text, words[k]))
            {
                return -1;
            }
            slips++;
        }
        return slips == 1 ? i + words.Length : -1;
    }

    /// <summary>Damerau–Levenshtein distance at most one (one insertion, deletion, substitution or swap).</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length && a[i] == b[j])
        {
            i++;
            j++;
        }
        if (i == a.Length || j == b.Length)
        {
            return Math.Abs((a.Length - i) - (b.Length - j)) <= 1;
        }
        var ra = a.AsSpan(i);
        var rb = b.AsSpan(j);
        if (ra.Length == rb.Length)
        {
            return ra[1..].SequenceEqual(rb[1..])
                || (ra.Length >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..].SequenceEqual(rb[2..]));
        }
        return ra.Length > rb.Length ? ra[1..].SequenceEqual(rb) : ra.SequenceEqual(rb[1..]);
    }

    private sealed record Entry(string[] Words, bool Lone, string? OwnSurname = null, bool SurnameOnly = false);
}
