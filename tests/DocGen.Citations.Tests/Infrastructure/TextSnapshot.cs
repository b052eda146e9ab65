using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>
/// A text snapshot in Verify's layout, as DocGen.Generator.Tests keeps its own: <c>Class.Method.verified.txt</c> in
/// Snapshots/; a mismatch writes <c>*.received.txt</c> beside it and fails; DOCGEN_ACCEPT_SNAPSHOTS=1 overwrites the
/// verified file (read it line by line before committing).
/// </summary>
public static class TextSnapshot
{
    public static void Verify(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.Combine(Repository.Root, "tests", "DocGen.Citations.Tests", "Snapshots");
        var name = Path.GetFileNameWithoutExtension(testFile.Replace('\\', '/').Split('/')[^1]) + "." + method;
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable("DOCGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail((File.Exists(verified) ? "differs: " : "new, not yet verified: ") + received);
    }
}
