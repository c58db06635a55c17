// jest: stylesheets mean nothing in jsdom
module.exports = {};
