using System;
using System.Collections.Generic;
using System.IO;

namespace FlowTest.Cli.Terminal;

/// <summary>The process surroundings a command depends on: working directory and environment variables.</summary>
internal sealed class CliEnvironment
{
    private readonly Func<string, string?> _getVariable;

    public CliEnvironment(string currentDirectory, Func<string, string?> getVariable)
    {
        CurrentDirectory = currentDirectory;
        _getVariable = getVariable;
    }

    public string CurrentDirectory { get; }

    public string? Variable(string name) => _getVariable(name);

    /// <summary>Colour is off when <c>NO_COLOR</c> is set to anything non-empty (no-color.org).</summary>
    public bool NoColor => !string.IsNullOrEmpty(Variable("NO_COLOR"));

    public static CliEnvironment FromProcess() => new(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable);

    /// <summary>A fixed environment, for tests.</summary>
    public static CliEnvironment Of(string currentDirectory, IReadOnlyDictionary<string, string?> variables) =>
        new(currentDirectory, name => variables.TryGetValue(name, out var value) ? value : null);
}
