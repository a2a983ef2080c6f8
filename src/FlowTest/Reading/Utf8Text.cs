using System;
using System.Text;

namespace FlowTest.Reading;

/// <summary>UTF-8 decoding of spans on every target framework.</summary>
internal static class Utf8Text
{
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }

#if NET8_0_OR_GREATER
        return Encoding.UTF8.GetString(utf8);
#else
        // netstandard2.0 has no span overload; the copy is only paid for raw payload and label text.
        return Encoding.UTF8.GetString(utf8.ToArray());
#endif
    }
}
