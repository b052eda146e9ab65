using System.Globalization;
using System.IO;

namespace DocGen.Cli;

/// <summary>
/// "Reading 1200/5000 files" on standard error: rewritten in place on a terminal, or one line every tenth of the
/// way when forced on elsewhere (--progress). Small folders (under 100 files) print nothing unless forced.
/// </summary>
public sealed class ProgressLine
{
    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly bool _terminal;
    private readonly int _step;
    private int _next;

    /// <summary>Creates the line; <paramref name="terminal"/> says whether standard error is a terminal.</summary>
    public ProgressLine(TextWriter writer, int total, bool terminal)
    {
        _writer = writer;
        _total = total;
        _terminal = terminal;
        _step = terminal ? System.Math.Max(1, total / 200) : System.Math.Max(1, total / 10);
        _next = _step;
    }

    /// <summary>Whether to show progress: as forced by the options, else only on a terminal and for 100 files or more.</summary>
    public static bool Wanted(bool? option, bool terminal, int total) => option ?? (terminal && total >= 100);

    /// <summary>Reports that <paramref name="done"/> files have been read.</summary>
    public void Report(int done)
    {
        if (done < _next && done != _total)
        {
            return;
        }

        _next = done + _step;
        var text = string.Format(CultureInfo.InvariantCulture, "Reading {0}/{1} files", done, _total);
        if (_terminal)
        {
            _writer.Write("\r" + text + (done == _total ? "\n" : string.Empty));
        }
        else
        {
            _writer.WriteLine(text);
        }

        _writer.Flush();
    }
}
