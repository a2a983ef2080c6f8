using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Config;

/// <summary>What a configuration parser made of one file: the value (defaults where the file was wrong) and the problems.</summary>
internal sealed record ConfigParseResult<T>(T Value, IReadOnlyList<ConfigDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
