using System.Text;
using System.Xml;

namespace FlowTest.Cli.Export;

/// <summary>Text made safe for XML 1.0: characters XML cannot hold (control characters, lone surrogates) become <c>?</c>.</summary>
internal static class XmlText
{
    public static string Clean(string value)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = XmlConvert.IsXmlChar(c)
                || (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]));
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]))
            {
                ok = true;
            }

            if (!ok && cleaned is null)
            {
                cleaned = new StringBuilder(value, 0, i, value.Length);
            }

            cleaned?.Append(ok ? c : '?');
        }

        return cleaned?.ToString() ?? value;
    }
}
