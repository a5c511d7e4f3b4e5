namespace Woodbrook.Monitor.Classify;

/// <summary>The comparison for <c>evaluate --baseline keywords</c>: what a plain blocked-words list does (as Meta's page
/// profanity filter does): a comment is hidden, here labelled abuse, when a listed word appears as typed, in lower case,
/// with no folding of look-alikes or disguises and no other labels.</summary>
internal sealed class KeywordBaseline(HashSet<string> words)
{
    public static KeywordBaseline Create() => new(new HashSet<string>(StringComparer.Ordinal)
    {
        "fuck", "fucking", "fucked", "fucker", "shit", "shite", "cunt", "twat", "wanker", "wankers", "bastard", "bastards",
        "bitch", "prick", "dick", "dickhead", "cock", "arsehole", "asshole", "slag", "slut", "whore", "tosser", "piss",
        "bollocks", "crap", "retard", "nigger", "paki", "faggot", "kurwa", "pierdolona", "spierdalaj", "chuj",
    });

    public Classification Classify(CommentToClassify comment)
    {
        var evidence = new List<Evidence>();
        var text = comment.Text;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i];
                if (words.Contains(word.ToLowerInvariant()))
                {
                    evidence.Add(new Evidence(CommentLabel.Abuse, "baseline.blocked_word", word, start, i - start));
                }
                start = -1;
            }
        }
        return Classification.FromEvidence(evidence);
    }
}
