using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTest.Privacy;

/// <summary>Decides the <see cref="EvidenceKind"/> of a runtime type (primitives are handled before this).</summary>
internal static class EvidenceTypeClassifier
{
    // Reading these has side effects, costs I/O, or yields nothing a person could use.
    private static readonly Type[] OpaqueBases =
    {
        typeof(Stream), typeof(TextReader), typeof(TextWriter), typeof(Delegate), typeof(Task),
        typeof(IntPtr), typeof(UIntPtr), typeof(Pointer), typeof(CancellationToken), typeof(CancellationTokenSource),
        typeof(WaitHandle), typeof(SafeHandle), typeof(Thread), typeof(Assembly), typeof(Module), typeof(MemberInfo),
        typeof(IQueryable), typeof(IServiceProvider), typeof(IAsyncResult), typeof(Process),
        typeof(SecureString), typeof(AppDomain),
    };

    private static readonly Type[] OpaqueGenericDefinitions =
    {
        typeof(Lazy<>), typeof(Lazy<,>),
    };

    // Matched by name: netstandard2.0 has them only through an extra package, and they may come from either.
    private static readonly string[] OpaqueTypeNames =
    {
        "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1",
    };

    private const string AsyncEnumerableName = "System.Collections.Generic.IAsyncEnumerable`1";

    private static readonly Type[] FormattedScalars =
    {
        typeof(Guid), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Version), typeof(BigInteger), typeof(IPAddress),
#if NET8_0_OR_GREATER
        typeof(DateOnly), typeof(TimeOnly), typeof(Half), typeof(Int128), typeof(UInt128),
#endif
    };

    public static EvidenceKind Classify(Type type)
    {
        if (type.IsEnum)
        {
            return EvidenceKind.Enum;
        }

        if (type.IsDefined(typeof(NoTraceAttribute), true))
        {
            return EvidenceKind.NotTraced;
        }

        if (typeof(Type).IsAssignableFrom(type))
        {
            return EvidenceKind.TypeName;
        }

        if (typeof(Exception).IsAssignableFrom(type))
        {
            return EvidenceKind.Exception;
        }

        if (type == typeof(JsonElement) || type == typeof(JsonDocument) || typeof(JsonNode).IsAssignableFrom(type))
        {
            return EvidenceKind.Json;
        }

        if (IsOpaque(type))
        {
            return EvidenceKind.Opaque;
        }

        if (type == typeof(byte[]) || type == typeof(ArraySegment<byte>) || type == typeof(Memory<byte>) || type == typeof(ReadOnlyMemory<byte>))
        {
            return EvidenceKind.Bytes;
        }

        if (typeof(Uri).IsAssignableFrom(type))
        {
            return EvidenceKind.Uri;
        }

        if (Array.IndexOf(FormattedScalars, type) >= 0)
        {
            return EvidenceKind.FormattedScalar;
        }

        if (type == typeof(DictionaryEntry) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)))
        {
            return EvidenceKind.KeyValuePair;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return EvidenceKind.Dictionary;
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return EvidenceTypeInfo.IsKeyValueSequence(type) ? EvidenceKind.KeyValueSequence : EvidenceKind.Sequence;
        }

        return EvidenceKind.Object;
    }

    private static bool IsOpaque(Type type)
    {
        foreach (var opaque in OpaqueBases)
        {
            if (opaque.IsAssignableFrom(type))
            {
                return true;
            }
        }

        // A bare enumerator is mid-iteration state; iterators (yield, LINQ) are both and are sequences.
        if (typeof(IEnumerator).IsAssignableFrom(type) && !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return true;
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (Array.IndexOf(OpaqueGenericDefinitions, definition) >= 0 || Array.IndexOf(OpaqueTypeNames, definition.FullName) >= 0)
        {
            return true;
        }

        // Enumerating an async sequence synchronously would block.
        return type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition().FullName == AsyncEnumerableName);
    }
}
