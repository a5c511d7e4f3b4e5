namespace Woodbrook.Monitor.Fetch;

public static class PlatformNames
{
    /// <summary>The platform as a person reads it, in emails and on the approval page.</summary>
    public static string Display(this Platform platform) => platform == Platform.Instagram ? "Instagram" : "Facebook";
}
