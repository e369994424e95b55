import { describe, expect, it } from 'vitest';
import { httpUrl, mailtoHref, telHref } from './channel-link';

describe('telHref', () => {
  it('keeps the digits and a leading plus', () => {
    expect(telHref('8 800 000-12-34')).toBe('tel:88000001234');
    expect(telHref(' +7 (495) 000-12-34 ')).toBe('tel:+74950001234');
  });

  it('gives no link for what is not plainly a phone number', () => {
    expect(telHref('позвоните нам')).toBeNull();
    expect(telHref('javascript:alert(1)')).toBeNull();
    expect(telHref('+7 495 000+12+34')).toBeNull();
    expect(telHref('112')).toBeNull();
  });
});

describe('mailtoHref', () => {
  it('links one plain address', () => {
    expect(mailtoHref(' sellers@support.market.example ')).toBe('mailto:sellers@support.market.example');
  });

  it('refuses anything that could prefill a message or address several people', () => {
    expect(mailtoHref('a@b.ru?subject=spam')).toBeNull();
    expect(mailtoHref('a@b.ru,c@d.ru')).toBeNull();
    expect(mailtoHref('not an address')).toBeNull();
    expect(mailtoHref('javascript:alert(1)//@b.ru')).toBeNull();
  });
});

describe('httpUrl', () => {
  it('accepts absolute http(s) addresses only', () => {
    expect(httpUrl('https://community.market.example/sellers')).toBe(
      'https://community.market.example/sellers',
    );
    expect(httpUrl('http://example.ru')).toBe('http://example.ru/');
    for (const unsafe of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '/relative',
      'vbscript:x',
      '',
    ]) {
      expect(httpUrl(unsafe)).toBeNull();
    }
  });
});
