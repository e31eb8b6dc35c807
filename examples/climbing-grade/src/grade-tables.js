'use strict';

// Comparison rows after the free-climbing and bouldering tables of Wikipedia's "Grade (climbing)"
// article (the same correspondences theCrag and Rockfax publish). Rows are ordered from easy to hard;
// a grade that spans several rows of another system is repeated, so a row number is a difficulty index
// shared by every system of the category. null: the source table has no equivalent.

const ROUTE_SYSTEMS = ['yds', 'french', 'uiaa'];

const ROUTE_ROWS = [
  // yds     french  uiaa
  ['5.0', '1', 'I'],
  ['5.1', '1', 'I'],
  ['5.2', '2', 'II'],
  ['5.3', '3', 'III'],
  ['5.3', '3', 'III+'],
  ['5.4', '4a', 'IV-'],
  ['5.4', '4a', 'IV'],
  ['5.5', '4b', 'IV+'],
  ['5.6', '4c', 'V-'],
  ['5.6', '4c', 'V'],
  ['5.7', '5a', 'V+'],
  ['5.8', '5b', 'VI-'],
  ['5.9', '5c', 'VI'],
  ['5.10a', '6a', 'VI+'],
  ['5.10b', '6a+', 'VII-'],
  ['5.10c', '6b', 'VII'],
  ['5.10d', '6b+', 'VII+'],
  ['5.11a', '6c', 'VII+'],
  ['5.11b', '6c', 'VIII-'],
  ['5.11c', '6c+', 'VIII-'],
  ['5.11d', '7a', 'VIII'],
  ['5.12a', '7a+', 'VIII+'],
  ['5.12b', '7b', 'VIII+'],
  ['5.12c', '7b+', 'IX-'],
  ['5.12d', '7c', 'IX'],
  ['5.13a', '7c+', 'IX+'],
  ['5.13b', '8a', 'IX+'],
  ['5.13c', '8a+', 'X-'],
  ['5.13d', '8b', 'X'],
  ['5.14a', '8b+', 'X+'],
  ['5.14b', '8c', 'X+'],
  ['5.14c', '8c+', 'XI-'],
  ['5.14d', '9a', 'XI'],
  ['5.15a', '9a+', 'XI+'],
  ['5.15b', '9b', 'XII-'],
  ['5.15c', '9b+', 'XII'],
  ['5.15d', '9c', 'XII+'],
  [null, '9c+', null],
];

const BOULDER_SYSTEMS = ['vscale', 'font'];

const BOULDER_ROWS = [
  // v-scale font
  ['VB', '3'],
  ['V0', '4'],
  ['V0', '4+'],
  ['V1', '5'],
  ['V2', '5+'],
  ['V3', '6A'],
  ['V3', '6A+'],
  ['V4', '6B'],
  ['V4', '6B+'],
  ['V5', '6C'],
  ['V5', '6C+'],
  ['V6', '7A'],
  ['V7', '7A+'],
  ['V8', '7B'],
  ['V8', '7B+'],
  ['V9', '7C'],
  ['V10', '7C+'],
  ['V11', '8A'],
  ['V12', '8A+'],
  ['V13', '8B'],
  ['V14', '8B+'],
  ['V15', '8C'],
  ['V16', '8C+'],
  ['V17', '9A'],
];

const SYSTEMS = {
  yds: { name: 'Yosemite Decimal System', category: 'route', aliases: ['us', 'yosemite'] },
  french: { name: 'French sport', category: 'route', aliases: ['fr', 'sport'] },
  uiaa: { name: 'UIAA', category: 'route', aliases: [] },
  vscale: { name: 'V-scale (Hueco)', category: 'boulder', aliases: ['v', 'v-scale', 'hueco'] },
  font: { name: 'Fontainebleau', category: 'boulder', aliases: ['fb', 'fontainebleau'] },
};

const CATEGORIES = {
  route: { systems: ROUTE_SYSTEMS, rows: ROUTE_ROWS },
  boulder: { systems: BOULDER_SYSTEMS, rows: BOULDER_ROWS },
};

module.exports = { SYSTEMS, CATEGORIES };
