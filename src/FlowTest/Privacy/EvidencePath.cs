using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FlowTest.Privacy;

/// <summary>
/// The JSON path of the value being written (<c>payload.items[2].token</c>), kept as a stack of
/// segments so that a string is built only when something is actually redacted.
/// </summary>
internal sealed class EvidencePath
{
    private readonly List<string?> _names = new();
    private readonly List<int> _indices = new();
    private string _root = string.Empty;

    /// <summary>Starts a new path at <paramref name="root"/> (e.g. <c>payload</c>).</summary>
    public void Reset(string root)
    {
        _root = root;
        _names.Clear();
        _indices.Clear();
    }

    public void Push(string name)
    {
        _names.Add(name);
        _indices.Add(-1);
    }

    public void PushIndex(int index)
    {
        _names.Add(null);
        _indices.Add(index);
    }

    public void Pop()
    {
        _names.RemoveAt(_names.Count - 1);
        _indices.RemoveAt(_indices.Count - 1);
    }

    public override string ToString()
    {
        if (_names.Count == 0)
        {
            return _root;
        }

        var builder = new StringBuilder(_root);
        for (var i = 0; i < _names.Count; i++)
        {
            var name = _names[i];
            if (name is null)
            {
                builder.Append('[').Append(_indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(name);
            }
        }

        return builder.ToString();
    }
}
