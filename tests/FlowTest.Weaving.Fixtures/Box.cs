using System;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>A generic type marked [Flow]: every method is woven, closed over int and string.</summary>
[Flow]
public class Box<T>
{
    private readonly T _item;

    public Box(T item)
    {
        _item = item;
    }

    public T Get() => _item;

    public TOther Convert<TOther>(Func<T, TOther> convert) => convert(_item);

    public async Task<T> GetLaterAsync()
    {
        await Task.Yield();
        return _item;
    }

    public T Item => _item;
}
