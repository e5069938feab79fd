const SPACE = ' ';

/**
 * An amount in grosze as Polish money, by the SDK's own rules (no `Intl` in the hot path): a non-breaking
 * space between thousands, a decimal comma, two decimals, then „zł” — `1 313,00 zł`, `−12,50 zł`.
 *
 * @remarks Polish style (PN-ISO and the Rada Języka Polskiego) groups thousands with a space; a four-digit
 * amount is grouped too here (`1 313,00 zł`), as decisions usually write it. The spaces are ordinary
 * ones, as the SDK's other texts write them; a renderer may swap them for non-breaking spaces.
 * @example
 * ```ts
 * import { formatPlnPl } from 'praca-socjalna';
 * formatPlnPl(131300); //=> '1 313,00 zł'
 * ```
 * @category Language
 */
export function formatPlnPl(grosze: number): string {
  const negative = grosze < 0;
  const abs = Math.abs(Math.trunc(grosze));
  const zloty = Math.floor(abs / 100);
  const rest = abs % 100;
  let digits = String(zloty);
  let grouped = '';
  while (digits.length > 3) {
    grouped = `${SPACE}${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  return `${negative ? '−' : ''}${digits}${grouped},${rest < 10 ? '0' : ''}${rest}${SPACE}zł`;
}
