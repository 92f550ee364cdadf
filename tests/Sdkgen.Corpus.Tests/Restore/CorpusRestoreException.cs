using System;

namespace Sdkgen.Corpus.Tests.Restore;

/// <summary>The corpus could not be restored: a download, an extraction or a checksum failed. Never a reason to skip.</summary>
internal sealed class CorpusRestoreException : Exception
{
    public CorpusRestoreException(string message)
        : base(message)
    {
    }

    public CorpusRestoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
