using System.Text.RegularExpressions;

namespace Woodbrook.Monitor.Classify;

/// <summary>The people a post introduces or says goodbye to as the practice's own ("Please welcome Priya Shah, our new
/// Physician Associate", "Meet Callum, our Mental Health Practitioner", "Congratulations to Nurse Jo on her award"), so
/// that a comment naming them under it identifies a member of staff the configured staff list does not hold yet. A
/// practice posts about new staff long before anyone edits its configuration. Names come only from such a cue, never
/// from any capitalised word of the post: a post about "Orchard View Care Home" names nobody.</summary>
internal static partial class PostStaffNames
{
    /// <summary>Capitalised words that follow a cue but are roles, titles or places, not names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Our", "New", "The", "A", "An", "To", "Dr", "Doctor", "Nurse", "Sister", "Mr", "Mrs", "Ms", "Miss", "Practice", "Physician",
        "Associate", "Associates", "Clinical", "Pharmacist", "Manager", "Receptionist", "Reception", "GP", "GPs", "Partner", "Registrar",
        "Health", "Healthcare", "Care", "Assistant", "Mental", "Practitioner", "Social", "Prescriber", "Coach", "Wellbeing", "Paramedic",
        "Physio", "Physiotherapist", "Midwife", "Locum", "Salaried", "Advanced", "Lead", "Senior", "Team", "Woodbrook", "Medical",
        "Centre", "Center", "Surgery", "NHS", "Everyone", "All", "Welcome", "Meet", "Please", "Join", "Us", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Admin", "Administrator", "Secretary", "Dispenser", "Nursing",
        "Specialist", "Diabetes", "Respiratory", "Frailty", "First", "Contact", "Link", "Worker", "Officer", "Coordinator",
        "Co-ordinator", "Director", "Lady", "Sir", "Mum", "Dad", "Baby", "Congratulations", "Congrats", "Thanks", "Thank", "You",
        // a verb that opens a sentence before "our …" ("Ask our nurses if you're not sure") is not a name
        "Ask", "Call", "Ring", "Phone", "Text", "Email", "Message", "Tell", "Speak", "Talk", "Chat", "See", "Visit", "Book", "Use",
        "Try", "Check", "Follow", "Read", "Find", "Get", "Help", "Support", "Trust", "Give", "Let", "Pop", "Drop", "Bring",
    };

    /// <summary>Up to four capitalised words after a cue that introduces or thanks a person, or a name followed by
    /// "our …", "who joins …" and the like.</summary>
    [GeneratedRegex(@"\b(?:[Ww]elcom(?:e|ing)|[Mm]eet|[Ii]ntroducing|[Ss]ay hello to|[Cc]ongratulations to|[Cc]ongrats to|[Ff]arewell to|[Gg]oodbye to|[Tt]hank you to|[Tt]hanks to|[Jj]oined by)(?: to)?(?: our(?: new)?)?((?:\s+[A-Z][\p{L}'’-]+){1,5})", RegexOptions.CultureInvariant, 200)]
    private static partial Regex AfterCue();

    [GeneratedRegex(@"((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+),?\s+(?:our|who (?:joins|is joining|has joined|will be joining|is retiring|retires|is leaving)|(?:is|has) (?:joining|joined|retiring|leaving)|joins us)\b", RegexOptions.CultureInvariant, 200)]
    private static partial Regex BeforeRole();

    [GeneratedRegex(@"\b(?:nurse|gp|doctor|dr|pharmacist|receptionist|reception|practitioner|associate|registrar|manager|assistant|hca|prescriber|physio\w*|paramedic|midwife|coach|locum|partner|clinician|admin\w*|secretary|dispenser)s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex StaffRole();

    /// <summary>The folded first names and surnames the post introduces as staff (empty when it introduces nobody). Only
    /// the first 2,000 characters of a post are read.</summary>
    public static IReadOnlySet<string> In(string? post)
    {
        if (string.IsNullOrWhiteSpace(post))
        {
            return Empty;
        }
        // the comments of one post are classified one after another: read each post once per run of them
        if (t_last is { } last && string.Equals(last.Post, post, StringComparison.Ordinal))
        {
            return last.Names;
        }
        var names = Read(post);
        t_last = (post, names);
        return names;
    }

    [ThreadStatic]
    private static (string Post, IReadOnlySet<string> Names)? t_last;

    private static IReadOnlySet<string> Read(string post)
    {
        var text = post.Length > 2000 ? post[..2000] : post;
        if (!StaffRole().IsMatch(text))
        {
            // "Meet Margaret, the new chair of our Patient Participation Group": an introduction, but not of staff
            return Empty;
        }
        HashSet<string>? names = null;
        try
        {
            foreach (Match match in AfterCue().Matches(text))
            {
                Add(match.Groups[1].Value, ref names);
            }
            foreach (Match match in BeforeRole().Matches(text))
            {
                Add(match.Groups[1].Value, ref names);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // a post the patterns cannot read in time introduces nobody; the comment is still classified
        }
        return names ?? Empty;
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    /// <summary>Takes the name words from a run of capitalised words: it skips the roles and titles before the name and
    /// stops at the first role word after it, keeping at most a first name and a surname.</summary>
    private static void Add(string run, ref HashSet<string>? names)
    {
        var taken = 0;
        foreach (var word in run.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = word.TrimEnd('\'', '’').Replace("’", "'", StringComparison.Ordinal);
            if (clean.EndsWith("'s", StringComparison.Ordinal))
            {
                clean = clean[..^2];
            }
            if (NotNames.Contains(clean) || clean.Length < 2)
            {
                if (taken > 0)
                {
                    break;
                }
                continue;
            }
            // folded as the comment's tokens are, and as StaffMatcher folds the configured names ("Zoë", look-alikes)
            foreach (var token in TextNormaliser.Tokenize(clean).Tokens)
            {
                if (token.Kind is TokenKind.Word)
                {
                    (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(token.Text);
                }
            }
            if (++taken == 2)
            {
                break;
            }
        }
    }
}
