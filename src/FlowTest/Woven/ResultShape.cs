using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace FlowTest.Woven;

/// <summary>Finds the verdict-bearing property of a result type (cached per type).</summary>
internal static class ResultShape
{
    private static readonly string[] SuccessFlags = { "IsSuccess", "Success", "Ok", "Succeeded" };
    private static readonly string[] FailureFlags = { "IsFailure", "IsError" };
    private static readonly ConcurrentDictionary<Type, Func<object, FlowVerdict>?> RuntimeReaders = new();

    public static Func<object, FlowVerdict>? ReaderForRuntime(Type type) => RuntimeReaders.GetOrAdd(type, ReaderFor);

    public static Func<object, FlowVerdict>? ReaderFor(Type type)
    {
        if (type.IsPrimitive || type == typeof(string) || type.IsEnum || type.IsPointer || type.IsByRef)
        {
            return null;
        }

        foreach (var name in SuccessFlags)
        {
            var flag = Property(type, name, typeof(bool));
            if (flag is not null)
            {
                return value => (bool)flag.GetValue(value)! ? FlowVerdict.Success : FlowVerdict.Failure;
            }
        }

        foreach (var name in FailureFlags)
        {
            var flag = Property(type, name, typeof(bool));
            if (flag is not null)
            {
                return value => (bool)flag.GetValue(value)! ? FlowVerdict.Failure : FlowVerdict.Success;
            }
        }

        var status = Property(type, "Status", typeof(string));
        if (status is not null)
        {
            return value => FromStatus(status.GetValue(value) as string);
        }

        return null;
    }

    /// <summary>success/ok/passed (any case) → success; failed/failure/error → failure; else success.</summary>
    public static FlowVerdict FromStatus(string? status)
    {
        var text = status?.Trim() ?? "";
        return string.Equals(text, "failed", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(text, "failure", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(text, "error", StringComparison.OrdinalIgnoreCase)
            ? FlowVerdict.Failure
            : FlowVerdict.Success;
    }

    private static PropertyInfo? Property(Type type, string name, Type propertyType)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        return property is not null && property.PropertyType == propertyType && property.GetIndexParameters().Length == 0 && property.GetMethod is not null
            ? property
            : null;
    }
}
