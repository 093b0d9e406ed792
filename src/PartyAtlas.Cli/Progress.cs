using System.Diagnostics;

namespace PartyAtlas.Cli;

/// <summary>
/// Progress of long CLI work on stderr: a bar redrawn in place on a terminal, plain lines (every 10 % or
/// 5 s) when stderr is a file or a pipe, so logs stay readable.
/// </summary>
internal sealed class Progress(string what)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private double _lastShare = -1;
    private TimeSpan _lastLine = TimeSpan.Zero;

    public void Report(int done, int total)
    {
        var share = total == 0 ? 1 : (double)done / total;
        lock (_lock)
        {
            if (!Console.IsErrorRedirected)
            {
                if (share - _lastShare < 0.002 && done != total)
                {
                    return;
                }

                var width = 30;
                var filled = (int)(share * width);
                Console.Error.Write($"\r{what} [{new string('#', filled)}{new string('-', width - filled)}] {share,4:P0} {done:N0}/{total:N0} {_clock.Elapsed:mm\\:ss}");
                if (done == total)
                {
                    Console.Error.WriteLine();
                }
            }
            else if (done == total || share - _lastShare >= 0.1 || _clock.Elapsed - _lastLine >= TimeSpan.FromSeconds(5))
            {
                Console.Error.WriteLine($"{what}: {done:N0} of {total:N0} ({share:P0}) after {_clock.Elapsed.TotalSeconds:F0} s");
                _lastLine = _clock.Elapsed;
            }
            else
            {
                return;
            }

            _lastShare = share;
        }
    }
}
