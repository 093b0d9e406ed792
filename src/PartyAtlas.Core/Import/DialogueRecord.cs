using NetTopologySuite.Geometries;

namespace PartyAtlas.Core.Import;

public sealed record DialogueRecord(
    string Id, string NameEn, string? NameZh, string Series, string? ParentId, DateOnly StartDate, DateOnly EndDate,
    string DatePrecision, int Year, string? Format, string? HostCity, string? HostCountry, Point? HostPoint,
    string? Theme, string? Organisers, string? Notes, IReadOnlyList<string> SourceIds);
