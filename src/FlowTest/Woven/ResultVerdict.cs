using System;

namespace FlowTest.Woven;

/// <summary>
/// The verdict a woven method's return value implies (SPEC §4): a bool <c>IsSuccess</c>/<c>Success</c>/
/// <c>Ok</c>/<c>Succeeded</c>, an inverted <c>IsFailure</c>/<c>IsError</c>, or a string <c>Status</c>;
/// anything else is success. The reader is found once per declared type; for declared types that
/// cannot tell (object, interfaces, open bases) once per runtime type.
/// </summary>
internal static class ResultVerdict<T>
{
    private static readonly Func<object, FlowVerdict>? Declared = ResultShape.ReaderFor(typeof(T));
    private static readonly bool LookAtRuntimeType = Declared is null && !typeof(T).IsValueType && !typeof(T).IsSealed;

    public static FlowVerdict Of(T result)
    {
        if (result is null)
        {
            return FlowVerdict.Success;
        }

        if (Declared is not null)
        {
            return Declared(result);
        }

        if (LookAtRuntimeType)
        {
            var reader = ResultShape.ReaderForRuntime(result.GetType());
            return reader is null ? FlowVerdict.Success : reader(result);
        }

        return FlowVerdict.Success;
    }
}
