namespace Counselling.Core.Evidence;

/// <summary>
/// The facts of one kind a builder was told could come in their thousands (a long history's evidence, as its projection
/// adds it): written in chunks, never one array on the large-object heap, and handed to the record as they are when in
/// order, or as one array when they fit in one chunk. Once handed over, a new fact copies them first, so a record never
/// sees a later fact.
/// </summary>
/// <typeparam name="T">The kind of fact.</typeparam>
internal sealed class LongBuffer<T>
    where T : struct, IKnownFact
{
    private ChunkWriter<T> _writer;
    private bool _handedOver;

    /// <summary>Initializes a buffer for about <paramref name="expected"/> facts, in chunks of <c>2^shift</c>.</summary>
    /// <param name="expected">The facts expected.</param>
    /// <param name="shift">The base-2 logarithm of a chunk's length.</param>
    public LongBuffer(int expected, int shift)
    {
        Shift = shift;
        _writer = new ChunkWriter<T>(expected, shift);
    }

    /// <summary>Gets the base-2 logarithm of a chunk's length.</summary>
    public int Shift { get; }

    /// <summary>Gets how many facts the buffer holds.</summary>
    public int Count { get; private set; }

    /// <summary>Gets whether the facts fit in one chunk.</summary>
    public bool IsSingle => _writer.IsSingle(Count);

    /// <summary>Adds a fact.</summary>
    /// <param name="fact">The fact.</param>
    public void Add(in T fact)
    {
        if (_handedOver)
        {
            var held = _writer.ToChunks(Count);
            _writer = new ChunkWriter<T>(Count + 1, Shift);
            for (var i = 0; i < held.Length; i++)
            {
                _writer[i] = held[i];
            }

            _handedOver = false;
        }

        _writer[Count++] = fact;
    }

    /// <summary>The facts as one array, when they fit in one chunk, handed over: the buffer copies them before its next change.</summary>
    /// <returns>The facts.</returns>
    public T[] HandOverSingle()
    {
        _handedOver = true;
        return _writer.Single(Count);
    }

    /// <summary>The facts in chunks, handed over: the buffer copies them before its next change.</summary>
    /// <returns>The chunks.</returns>
    public FactChunks<T> HandOver()
    {
        _handedOver = true;
        return _writer.ToChunks(Count);
    }
}
