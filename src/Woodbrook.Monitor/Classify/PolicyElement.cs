namespace Woodbrook.Monitor.Classify;

/// <summary>One step of a rule sequence: a set of phrases (named, built in, or an inline word list) or a gap of up
/// to <see cref="MaxGap"/> tokens within a sentence.</summary>
internal readonly record struct PolicyElement(int SetId, int MaxGap)
{
    public bool IsGap => SetId < 0;

    public static PolicyElement Gap(int max) => new(-1, max);

    public static PolicyElement Set(int id) => new(id, 0);
}
