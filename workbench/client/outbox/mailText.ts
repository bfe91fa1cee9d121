const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] !== '#') return namedEntities[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Mail and message HTML as plain text, without ever handing it to the DOM. Parsing it with DOMParser, a
 * `<template>` or `createHTMLDocument` runs nothing, but Chromium still checks every inline `on...=`
 * attribute against the page's CSP as it parses and logs a violation, so a hostile mail would spam
 * the console. The result is shown as React text, so it stays safe even where this stripping is rough:
 * scripts, styles, comments and `<attachment>` placeholders are dropped, line breaks and block ends become
 * new lines, other tags vanish, and the common entities (`&amp;`, `&lt;`, `&nbsp;`, numeric) are decoded;
 * other named entities stay as written. Empty input gives `''`.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|attachment)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6])\s*>/gi, '\n')
    .replace(/<\/?[a-z!][^>]*>/gi, '');
  return decodeEntities(text).replace(/[ \t]+/g, ' ').replace(/ *\n\s*/g, '\n').trim();
}
