namespace FlowTest.Weaving;

/// <summary>Chooses how one method is woven: through its async or iterator state machine, or in place.</summary>
internal static class MethodWeaver
{
    public static void Weave(FlowTarget target, SourceLocator locator, WovenApi api)
    {
        var method = target.Method;
        var module = method.Module;
        var entry = module.EntryPoint;
        var isEntryPoint = entry == method ||
            (entry is not null && entry.Name == "<Main>" && method.Name == "Main" && method.IsStatic && method.DeclaringType == entry.DeclaringType);
        var settings = FlowAttributeReader.Read(target.Attribute, method, isEntryPoint);
        var point = SourceLocator.FirstSequencePoint(method);
        settings.File = point is null ? null : locator.MapPath(point.Document.Url);
        settings.Line = point?.StartLine ?? 0;
        settings.Member = method.Name;

        var asyncMachine = StateMachines.FindOf(method, AttributeNames.AsyncStateMachine);
        if (asyncMachine is not null)
        {
            AsyncMethodWeaver.Weave(method, asyncMachine, settings, api);
            return;
        }

        var iterator = StateMachines.FindOf(method, AttributeNames.IteratorStateMachine);
        if (iterator is not null)
        {
            IteratorMethodWeaver.Weave(method, iterator, settings, api);
            return;
        }

        var asyncStream = StateMachines.FindOf(method, AttributeNames.AsyncIteratorStateMachine);
        if (asyncStream is not null)
        {
            AsyncStreamWeaver.Weave(method, asyncStream, settings, api);
            return;
        }

        SyncMethodWeaver.Weave(method, settings, api);
    }
}
