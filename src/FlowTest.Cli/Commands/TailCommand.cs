using System;
using System.CommandLine;
using System.Threading;
using FlowTest.Artifacts.Digest;
using FlowTest.Cli.Runs;
using FlowTest.Cli.Terminal;
using FlowTest.Reading;
using FlowTest.Runs;

namespace FlowTest.Cli.Commands;

/// <summary>
/// <c>flowtest tail [RUN] [-n N] [--follow]</c>: the last events; with <c>--follow</c>, keeps
/// printing new events until the run is no longer running (or Ctrl+C).
/// </summary>
internal static class TailCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static Command Create(CliContext context)
    {
        var run = CliApp.RunArgument();
        var lines = new Option<int>("--lines", "-n") { Description = "How many of the last events to print.", DefaultValueFactory = _ => 20 };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new events while the run is running." };
        var command = new Command("tail", "Print the last events of a run; --follow a running run.") { run, lines, follow };
        command.SetAction((parse, cancel) =>
        {
            var count = parse.GetValue(lines);
            if (count < 0)
            {
                throw new UsageException("-n must be 0 or more");
            }

            var entry = context.Store(parse).Resolve(parse.GetValue(run), context.Environment.CurrentDirectory);
            var follower = new TraceFollower(entry.Directory);
            var last = new BoundedRing<TraceRecord>(Math.Max(1, count));
            follower.ReadNew(last.Add);
            if (count > 0)
            {
                foreach (var record in last.ToList())
                {
                    context.Console.Out.WriteLine(EventLine.Format(record, context.Style));
                }
            }

            if (parse.GetValue(follow))
            {
                Follow(context, entry, follower, cancel);
            }

            if (follower.MalformedLines > 0)
            {
                context.Console.Error.WriteLine("warning: " + EventLine.Count(follower.MalformedLines) + " unreadable trace line(s) skipped");
            }

            return System.Threading.Tasks.Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Follow(CliContext context, RunEntry entry, TraceFollower follower, CancellationToken cancel)
    {
        void Print(TraceRecord record)
        {
            context.Console.Out.WriteLine(EventLine.Format(record, context.Style));
        }

        while (!cancel.IsCancellationRequested)
        {
            // Status first, then read: events written before the run ended are never missed.
            var running = RunStore.Describe(entry.Directory).Status == RunStatus.Running;
            follower.ReadNew(Print);
            context.Console.Out.Flush();
            if (!running)
            {
                return;
            }

            cancel.WaitHandle.WaitOne(PollInterval);
        }
    }
}
