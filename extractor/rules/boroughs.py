"""A London district in a story that names its borough (pure).

The wide town list (``gb_towns.tsv``) files London's districts ("Canning Town", "Becontree")
as towns of London. The Met reports by borough, and a borough story's raid "at an address in
Becontree" or post "out again this morning in Canning Town" is the borough's (GUIDELINES 2.7:
a district inside a named area is no area of its own). A district whose borough the article
never names keeps its own name. The table is a fact table: each borough's districts that the
wide list holds.
"""

from __future__ import annotations

_BOROUGH_DISTRICTS = {
    "Barking and Dagenham": "Becontree|Chadwell Heath",
    "Barnet": "Hendon|Finchley|Edgware|Golders Green|High Barnet|East Barnet|New Barnet|"
    "Friern Barnet|Cricklewood|Totteridge",
    "Bexley": "Bexleyheath|Sidcup|Erith|Welling|Belvedere|Thamesmead",
    "Brent": "Wembley|Harlesden|Willesden|Kilburn|Kensal Green",
    "Bromley": "Orpington|Beckenham|Chislehurst|Bickley|Shortlands|West Wickham|Mottingham",
    "Camden": "Camden Town|Holborn|Belsize Park|Chalk Farm|Kentish Town",
    "Croydon": "South Croydon|Thornton Heath|Coulsdon|Purley|Norbury|Sanderstead|Kenley|"
    "Upper Norwood|South Norwood",
    "Ealing": "Acton|Southall|Greenford|Northolt|West Ealing|Ealing Common",
    "Enfield": "Edmonton|Enfield Town|Ponders End|Palmers Green|Southgate|Cockfosters",
    "Greenwich": "Woolwich|Eltham|Charlton|Plumstead|Abbey Wood|Kidbrooke|Blackheath",
    "Hackney": "Stamford Hill",
    "Haringey": "Wood Green|Hornsey|Crouch End|Muswell Hill|Tottenham Hale|Harringay|"
    "Seven Sisters|Northumberland Park|Stroud Green",
    "Harrow": "Wealdstone|Stanmore|Pinner|Hatch End|Harrow Weald|Harrow on the Hill",
    "Havering": "Hornchurch|Upminster|Rainham|Harold Wood|Collier Row|Elm Park|Cranham",
    "Hillingdon": "Uxbridge|Hayes|Ruislip|West Drayton|Northwood|Ickenham|Harefield",
    "Hounslow": "Feltham|Brentford|Chiswick|Isleworth|Heston|Hanworth|Cranford",
    "Islington": "Holloway|Highbury|Archway|Canonbury|Barnsbury|Clerkenwell",
    "Lambeth": "Brixton Hill|Streatham|Clapham Junction",
    "Lewisham": "Catford|New Cross|Brockley|Forest Hill|Ladywell|Lee",
    "Merton": "Mitcham|Morden|Wimbledon",
    "Newham": "Stratford|Canning Town|East Ham|West Ham|Manor Park",
    "Redbridge": "Ilford|Barkingside|Goodmayes|Hainault|Wanstead|Snaresbrook|Woodford Green",
    "Southwark": "Camberwell|East Dulwich|Rotherhithe",
    "Sutton": "Cheam|Carshalton|Wallington|Worcester Park",
    "Tower Hamlets": "Bethnal Green|Bow|Poplar|Limehouse|Stepney|Whitechapel|Shadwell|"
    "Spitalfields|Canary Wharf|Blackwall",
    "Waltham Forest": "Leyton|Leytonstone|Highams Park",
    "Wandsworth": "Battersea|Tooting|Balham|Putney|Roehampton|Earlsfield",
    "Westminster": "Marylebone|Pimlico|Soho|Bayswater",
}
BOROUGH_OF = {
    district: borough
    for borough, districts in _BOROUGH_DISTRICTS.items()
    for district in districts.split("|")
}


def named_borough(name: str, named: frozenset[str] | set[str]) -> str | None:
    """The borough of the London district ``name`` when the article names it (``named``: the
    article's place names), else None."""
    borough = BOROUGH_OF.get(name)
    return borough if borough is not None and borough in named else None
