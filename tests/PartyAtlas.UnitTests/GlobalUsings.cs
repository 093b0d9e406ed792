global using PartyAtlas.Api.Countries;
global using PartyAtlas.Api.Platform;
global using PartyAtlas.Api.Reach;
global using PartyAtlas.Api.Tiles;
