namespace Entente.Extraction.Normalization;

/// <summary>
/// Maps offsets in a normalized text back to the text it was made from. Stores only the points where
/// the shift between the two changes, so a long document with few edits costs a few integers.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _starts;
    private readonly int[] _shifts;

    private OffsetMap(int[] starts, int[] shifts)
    {
        _starts = starts;
        _shifts = shifts;
    }

    public static OffsetMap Identity { get; } = new([0], [0]);

    /// <summary>True when every offset maps to itself.</summary>
    public bool IsIdentity => _starts.Length == 1 && _shifts[0] == 0;

    /// <summary>
    /// The original offset of a normalized offset. Used as a span's exclusive end, it maps to the next kept
    /// character, so characters dropped right after the span fall inside it; one past the end maps to the original length.
    /// </summary>
    public int ToOriginal(int normalizedOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedOffset);
        var i = Array.BinarySearch(_starts, normalizedOffset);
        if (i < 0) i = ~i - 1;
        return normalizedOffset + _shifts[i];
    }

    /// <summary>Records, character by character, where each normalized character came from.</summary>
    public sealed class Builder
    {
        private readonly List<int> _starts = [0];
        private readonly List<int> _shifts = [0];
        private int _length;

        /// <summary>The next normalized character comes from this original offset.</summary>
        public void Next(int originalOffset)
        {
            Mark(_length, originalOffset - _length);
            _length++;
        }

        /// <summary>The next <paramref name="length"/> normalized characters are copied from consecutive original offsets.</summary>
        public void Run(int originalStart, int length)
        {
            if (length <= 0) return;
            Mark(_length, originalStart - _length);
            _length += length;
        }

        /// <summary>Closes the map: the offset one past the normalized end maps to the original length.</summary>
        public OffsetMap Build(int originalLength)
        {
            Mark(_length, originalLength - _length);
            return _starts.Count == 1 && _shifts[0] == 0 ? Identity : new OffsetMap([.. _starts], [.. _shifts]);
        }

        private void Mark(int start, int shift)
        {
            if (_shifts[^1] == shift) return;
            if (_starts[^1] == start)
            {
                _shifts[^1] = shift;
                // A run that now matches its predecessor merges into it.
                if (_starts.Count > 1 && _shifts[^2] == shift)
                {
                    _starts.RemoveAt(_starts.Count - 1);
                    _shifts.RemoveAt(_shifts.Count - 1);
                }
                return;
            }
            _starts.Add(start);
            _shifts.Add(shift);
        }
    }
}
