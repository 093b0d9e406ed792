// The slices reference each other's contracts and the shared platform; one list instead of a using per file.
global using PartyAtlas.Api.Admin;
global using PartyAtlas.Api.Charts;
global using PartyAtlas.Api.Countries;
global using PartyAtlas.Api.Dialogues;
global using PartyAtlas.Api.Maps;
global using PartyAtlas.Api.Ogc;
global using PartyAtlas.Api.Parties;
global using PartyAtlas.Api.Platform;
global using PartyAtlas.Api.Platform.Options;
global using PartyAtlas.Api.Reach;
global using PartyAtlas.Api.Release;
global using PartyAtlas.Api.Sources;
global using PartyAtlas.Api.Tiles;
