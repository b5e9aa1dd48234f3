// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Acme API Help',
  url: 'https://help.acme.test',
  baseUrl: '/',
};
module.exports = config;
