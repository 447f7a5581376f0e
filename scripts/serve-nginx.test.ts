import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {adaptSiteConfig, mainConfig, SITE_CONFIG} from './serve-nginx';

const shipped = readFileSync(SITE_CONFIG, 'utf8');
/** A config without its comment lines. */
const code = (config: string) =>
  config
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');

describe('adaptSiteConfig', () => {
  it('puts the shipped config on a loopback port and the build folder, keeping /faq/', () => {
    const config = code(
      adaptSiteConfig(shipped, {dir: '/tmp/faq/build-faq', port: 4999, base: '/faq/', logs: '/tmp/logs'}),
    );
    expect(config).toContain('listen 127.0.0.1:4999;');
    expect(config).toContain('alias /tmp/faq/build-faq/;');
    expect(config).not.toMatch(/listen 80;|\/var\/www/);
    expect(config).toContain('location ^~ /faq/ {');
    expect(config).toContain('~^/faq/assets/ "public, max-age=31536000, immutable";');
    expect(config).toContain('error_page 404 /faq/404.html;');
    expect(config).toContain('location / {\n        return 404;');
    expect(config).toContain(
      'location = /faq/event.gif {\n        empty_gif;\n        access_log /tmp/logs/faq-events.log;',
    );
    expect(config).toContain('/faq/event.gif "no-store";');
  });

  it('moves the site to another base path; at / the site is everything', () => {
    const config = code(adaptSiteConfig(shipped, {dir: '/srv/build', port: 4999, base: '/', logs: '/tmp/logs'}));
    expect(config).toContain('location ^~ / {');
    expect(config).toContain('~^/assets/ "public');
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).not.toContain('/faq/');
    expect(config).not.toContain('location / {');
  });

  it('refuses a config it cannot adapt', () => {
    expect(() =>
      adaptSiteConfig(shipped.replace('listen 80;', 'listen 8080;'), {dir: '/r', port: 1, base: '/', logs: '/l'}),
    ).toThrow(/应有且只有一处 "listen 80;"/);
    expect(() =>
      adaptSiteConfig(shipped.replace('location ^~ /faq/ {', 'location /faq/ {'), {
        dir: '/r',
        port: 1,
        base: '/',
        logs: '/l',
      }),
    ).toThrow(/找不到 "location \^~ \/faq\/ \{"/);
  });
});

describe('deploy/nginx.conf', () => {
  it('sets its headers once, at server level: no location adds its own (nginx would drop the others there)', () => {
    const server = code(shipped).slice(code(shipped).indexOf('server {'));
    const locations = server.split(/\n\s*location /).slice(1);
    expect(locations.length).toBeGreaterThan(2);
    expect(locations.filter((l) => l.includes('add_header'))).toEqual([]);
    for (const header of [
      'Cache-Control',
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(server).toMatch(new RegExp(`\n    add_header ${header} .* always;`));
    }
  });
});

describe('mainConfig', () => {
  it('keeps pid, logs and temp files in its folder, and includes the site config', () => {
    const config = mainConfig('/tmp/t', false);
    expect(config).toContain('pid /tmp/t/nginx.pid;');
    expect(config).toContain('include /tmp/t/site.conf;');
    expect(config.match(/_temp_path \/tmp\/t\//g)).toHaveLength(5);
    expect(config).toContain('access_log /tmp/t/access.log;');
    expect(mainConfig('/tmp/t', false, '/tmp/logs')).toContain('access_log /tmp/logs/access.log;');
    expect(config).not.toContain('user root');
    expect(mainConfig('/tmp/t', true)).toContain('user root;');
  });
});
