namespace Woodbrook.Monitor.Classify;

/// <summary>What a policy rule does when it matches.</summary>
public enum RuleAction
{
    /// <summary>Give the rule's label, with the match as evidence: the comment goes for approval.</summary>
    Flag,
    /// <summary>Match, but give no label (a practice's choice, e.g. praise that names staff).</summary>
    Ignore,
    /// <summary>Remove the rule's label from the whole comment (e.g. a grumble about something the practice does not run).</summary>
    Suppress,
    /// <summary>Only a building block: later rules use its matches as <c>{rule-name}</c>.</summary>
    Signal,
}
