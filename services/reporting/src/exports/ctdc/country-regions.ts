/**
 * The continent (UN M49 region) of an ISO 3166-1 alpha-2 code, for generalising a country in the CTDC export
 * (docs/statistics.md, Exports). Kosovo (XK) and Cyprus are counted in Europe; any code not listed is Asia, the one
 * region left out to keep the table short.
 */
const REGIONS: Record<string, string> = {
  EUROPE:
    'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK',
  AFRICA:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW',
  AMERICAS:
    'AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI',
  OCEANIA: 'AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS',
};

const REGION_OF = new Map<string, string>(Object.entries(REGIONS).flatMap(([region, codes]) => codes.split(' ').map((code): [string, string] => [code, region])));

/** The region of a country code; -99 (not known), MULTIPLE and a value already generalised stay as they are. */
export function regionOf(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return REGION_OF.get(code) ?? 'ASIA';
}
