using System;
using System.Collections.Generic;

namespace FlowTest.Runs;

/// <summary>One process of the parent chain: enough to recognise a <c>dotnet test</c> command and key a run on it.</summary>
/// <param name="Pid">Process id.</param>
/// <param name="ParentPid">Parent's id, 0 when unknown.</param>
/// <param name="StartUtc">When the process started (tells a recycled pid apart).</param>
/// <param name="Name">Executable name without extension, e.g. <c>dotnet</c>.</param>
/// <param name="Arguments">The command line split into arguments, argv[0] first; empty when the OS does not tell.</param>
internal sealed record ProcessSnapshot(int Pid, int ParentPid, DateTime StartUtc, string Name, IReadOnlyList<string> Arguments);
