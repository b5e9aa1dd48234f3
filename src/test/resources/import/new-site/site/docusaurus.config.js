// a Docusaurus config
export default {
  title: 'Acme Help',
  url: 'https://help.acme.test/',
  baseUrl: '/',
  presets: [['classic', { docs: { routeBasePath: 'help', sidebarPath: './sidebars.js' } }]],
};
