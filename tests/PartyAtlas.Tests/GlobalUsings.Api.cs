// The API's slices, as the tests name their contracts and helpers.
global using PartyAtlas.Api.Admin;
global using PartyAtlas.Api.Countries;
global using PartyAtlas.Api.Dialogues;
global using PartyAtlas.Api.Ogc;
global using PartyAtlas.Api.Parties;
global using PartyAtlas.Api.Platform;
global using PartyAtlas.Api.Reach;
global using PartyAtlas.Api.Release;
global using PartyAtlas.Api.Sources;
global using PartyAtlas.Api.Tiles;
