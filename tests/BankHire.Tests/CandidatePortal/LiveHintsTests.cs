using System.Collections.Immutable;
using BankHire.Answers;
using BankHire.Web.CandidatePortal;

namespace BankHire.Tests.CandidatePortal;

/// <summary>The live hints follow the latest second of the picture and the last search for a second person.</summary>
public sealed class LiveHintsTests
{
    private static FrameReading Frame(int seq, int faces, bool searched = false, bool dark = false) =>
        new(seq, Readable: true, faces, dark, dark ? 20 : 120, 50, true, false, searched);

    private static IReadOnlyList<string> Codes(params FrameReading[] frames) =>
        [.. LiveHints.From(new FrameReadings([.. frames], frames.Length, "silo", "v"), null).Select(h => h.Code)];

    [Fact]
    public void The_face_hint_comes_after_two_faceless_frames_and_goes_with_the_first_face()
    {
        Assert.Empty(Codes(Frame(0, 1), Frame(1, 1), Frame(2, 0)));
        Assert.Equal(["face_not_visible"], Codes(Frame(0, 1), Frame(1, 0), Frame(2, 0)));
        Assert.Empty(Codes(Frame(0, 0), Frame(1, 0), Frame(2, 1)));
    }

    [Fact]
    public void A_second_face_shows_at_once_and_stays_until_the_next_search_clears_it()
    {
        Assert.Equal(["multiple_faces"], Codes(Frame(0, 1), Frame(1, 2)));
        Assert.Equal(["multiple_faces"], Codes(Frame(0, 2, searched: true), Frame(1, 1), Frame(2, 1), Frame(3, 1)));
        Assert.Empty(Codes(Frame(0, 2, searched: true), Frame(1, 1), Frame(6, 1, searched: true), Frame(7, 1)));
    }

    [Fact]
    public void Darkness_is_named_instead_of_a_missing_face_and_silence_needs_ten_seconds()
    {
        Assert.Equal(["too_dark"], Codes(Frame(0, 0, dark: true), Frame(1, 0, dark: true)));
        var quiet = Enumerable.Range(0, 10).Select(i => new AudioReading(i, 1, 0, -60)).ToImmutableArray();
        Assert.Equal(["silent"], LiveHints.From(null, new AudioReadings(quiet, 10, "silo")).Select(h => h.Code));
        Assert.Empty(LiveHints.From(null, new AudioReadings(quiet[..9], 9, "silo")));
    }
}
