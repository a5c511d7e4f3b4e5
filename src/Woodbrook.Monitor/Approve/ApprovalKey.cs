using System.Security.Cryptography;

namespace Woodbrook.Monitor.Approve;

/// <summary>The link-signing key: the configured one, or one generated on first run and kept (owner-only) in the data
/// directory, so links survive a restart and the key never sits in the repository.</summary>
public sealed class ApprovalKey(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public static ApprovalKey Load(string? configured, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(configured.Trim());
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException("Approve:SigningKey is not valid base64.", ex);
            }
            return key.Length >= 32 ? new ApprovalKey(key) : throw new InvalidOperationException("Approve:SigningKey must be at least 32 bytes.");
        }
        var folder = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(folder, "approval-signing.key");
        if (File.Exists(path))
        {
            return new ApprovalKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }
        Directory.CreateDirectory(folder);
        var fresh = RandomNumberGenerator.GetBytes(32);
        var temp = path + ".tmp";
        File.WriteAllText(temp, Convert.ToBase64String(fresh));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temp, path, overwrite: false);
        return new ApprovalKey(fresh);
    }
}
