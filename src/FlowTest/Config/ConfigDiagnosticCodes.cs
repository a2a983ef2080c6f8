namespace FlowTest.Config;

/// <summary>
/// The codes of configuration diagnostics, one per kind of problem. The table in
/// docs/configuration.md lists them; a test keeps the two in step.
/// </summary>
internal static class ConfigDiagnosticCodes
{
    /// <summary>Warning: a key that FlowTest does not know (ignored; a close match is suggested).</summary>
    public const string UnknownKey = "FT1001";

    /// <summary>Error: a value of the wrong type (a list where a number belongs, "lots" for a number).</summary>
    public const string WrongType = "FT1002";

    /// <summary>Error: a value of the right type that is not allowed (out of range, not one of the choices).</summary>
    public const string InvalidValue = "FT1003";

    /// <summary>Error: the file is not valid YAML; every setting of the file keeps its default.</summary>
    public const string MalformedYaml = "FT1004";

    /// <summary>Error: <c>profile</c> names a profile that <c>profiles</c> does not define.</summary>
    public const string UnknownProfile = "FT1005";

    /// <summary>Error: a key appears twice in one mapping; YAML forbids it, so the file is not used.</summary>
    public const string DuplicateKey = "FT1006";

    /// <summary>Warning: a setting that FlowTest accepts but does not implement yet (the sqlite sink).</summary>
    public const string NotSupported = "FT1007";

    /// <summary>Warning: a <c>version</c> other than 1.</summary>
    public const string UnsupportedVersion = "FT1008";

    /// <summary>Error: the file exists but could not be read.</summary>
    public const string UnreadableFile = "FT1009";

    /// <summary>Warning: a file with the <c>.yml</c> extension, which FlowTest does not read.</summary>
    public const string MisnamedFile = "FT1010";

    /// <summary>Warning: the file holds more than one YAML document; only the first is used.</summary>
    public const string ExtraDocuments = "FT1011";

    /// <summary>Error: a required key is missing (a sink's <c>type</c>, a flow's <c>id</c>).</summary>
    public const string MissingKey = "FT1012";

    /// <summary>Error: two catalog flows share an id; the first one is used.</summary>
    public const string DuplicateFlowId = "FT1101";

    /// <summary>Warning: a catalog flow's <c>parent</c> names a flow the catalog does not declare.</summary>
    public const string UnknownParent = "FT1102";

    /// <summary>Warning: a failure class not of the form SYSTEM|DATA|CONTRACT|EXTERNAL|BUSINESS[.SUFFIX].</summary>
    public const string BadFailureClass = "FT1103";

    /// <summary>Warning: catalog flows whose <c>parent</c> chain loops back to themselves.</summary>
    public const string ParentCycle = "FT1104";

    /// <summary>Warning: an environment variable with a value that cannot be used (ignored).</summary>
    public const string BadEnvironmentValue = "FT1201";
}
