namespace Woodbrook.Monitor.Classify;

/// <summary>Where each set matched in one comment: token ranges [Start, End), per set, in order of start. A policy has
/// thousands of sets and a comment touches few, so a table is cleared (only what was touched) and reused rather than
/// allocated per comment.</summary>
internal sealed class MatchTable(int setCount)
{
    private readonly List<(int Start, int End)>?[] _bySet = new List<(int, int)>?[setCount];
    private readonly List<int> _touched = [];

    public int SetCount => _bySet.Length;

    /// <summary>The sets with at least one match, in the order they were first matched.</summary>
    public IReadOnlyList<int> Touched => _touched;

    /// <summary>Empties the table for the next comment.</summary>
    public void Clear()
    {
        foreach (var set in _touched)
        {
            _bySet[set]!.Clear();
        }
        _touched.Clear();
    }

    public void Add(int set, int start, int end)
    {
        var list = _bySet[set] ??= [];
        if (list.Count == 0)
        {
            _touched.Add(set);
        }
        else
        {
            var last = list[^1];
            if (last.Start == start && last.End == end)
            {
                return;
            }
            if (last.Start > start)
            {
                // out of order (a later alternative of a rule): insert in place, keeping the list sorted by start
                var at = list.BinarySearch((start, end));
                if (at < 0)
                {
                    list.Insert(~at, (start, end));
                }
                return;
            }
        }
        list.Add((start, end));
    }

    public IReadOnlyList<(int Start, int End)> All(int set) => (IReadOnlyList<(int Start, int End)>?)_bySet[set] ?? [];

    public bool Any(int set) => _bySet[set] is { Count: > 0 };

    /// <summary>Ends of the matches of <paramref name="set"/> that start at <paramref name="start"/>.</summary>
    public void EndsAt(int set, int start, List<int> into)
    {
        var list = _bySet[set];
        if (list is null)
        {
            return;
        }
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var i = lo; i < list.Count && list[i].Start == start; i++)
        {
            into.Add(list[i].End);
        }
    }

    /// <summary>For each token, whether a match of <paramref name="set"/> covers it (one pass, for repeated tests).</summary>
    public bool[] Mask(int set, int tokenCount)
    {
        var mask = new bool[tokenCount + 1];
        foreach (var (s, e) in All(set))
        {
            for (var k = s; k < e && k < mask.Length; k++)
            {
                mask[k] = true;
            }
        }
        return mask;
    }

    public bool Covers(int set, int token)
    {
        var list = _bySet[set];
        if (list is null)
        {
            return false;
        }
        foreach (var (s, e) in list)
        {
            if (s <= token && token < e)
            {
                return true;
            }
            if (s > token)
            {
                break;
            }
        }
        return false;
    }
}
