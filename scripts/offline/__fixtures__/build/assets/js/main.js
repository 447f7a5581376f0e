window.docusaurus = {};
