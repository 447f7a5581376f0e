import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {adaptSiteConfig, mainConfig, SITE_CONFIG} from './serve-nginx';

const shipped = readFileSync(SITE_CONFIG, 'utf8');

describe('adaptSiteConfig', () => {
  it('puts the shipped config on a loopback port and a test root, keeping /faq/', () => {
    const config = adaptSiteConfig(shipped, {root: '/tmp/x/www', port: 4999, base: '/faq/'});
    expect(config).toContain('listen 127.0.0.1:4999;');
    expect(config).toContain('root /tmp/x/www;');
    expect(config).not.toMatch(/listen 80;|root \/var\/www;/);
    expect(config).toContain('location ^~ /faq/ {');
    expect(config).toContain('location ^~ /faq/assets/ {');
    expect(config).toContain('error_page 404 /faq/404.html;');
  });

  it('moves the site to another base path', () => {
    const config = adaptSiteConfig(shipped, {root: '/srv/build', port: 4999, base: '/'});
    expect(config).toContain('location ^~ / {');
    expect(config).toContain('location ^~ /assets/ {');
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).not.toContain('/faq/');
  });

  it('refuses a config it cannot adapt', () => {
    expect(() =>
      adaptSiteConfig(shipped.replace('listen 80;', 'listen 8080;'), {root: '/r', port: 1, base: '/'}),
    ).toThrow(/应有且只有一处 "listen 80;"/);
    expect(() =>
      adaptSiteConfig(shipped.replace('location ^~ /faq/ {', 'location /faq/ {'), {root: '/r', port: 1, base: '/'}),
    ).toThrow(/找不到 "location \^~ \/faq\/ \{"/);
  });
});

describe('mainConfig', () => {
  it('keeps pid, logs and temp files in its folder, and includes the site config', () => {
    const config = mainConfig('/tmp/t', false);
    expect(config).toContain('pid /tmp/t/nginx.pid;');
    expect(config).toContain('include /tmp/t/site.conf;');
    expect(config.match(/_temp_path \/tmp\/t\//g)).toHaveLength(5);
    expect(config).not.toContain('user root');
    expect(mainConfig('/tmp/t', true)).toContain('user root;');
  });
});
