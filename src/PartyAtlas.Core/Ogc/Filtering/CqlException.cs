namespace PartyAtlas.Core.Ogc.Filtering;

/// <summary>A filter that cannot be parsed or translated; the message says what and where, for a 400 problem.</summary>
public sealed class CqlException(string message) : Exception(message);
