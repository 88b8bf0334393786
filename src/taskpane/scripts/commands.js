/* global Office */
// The function file (commands.html): Jämkoll's only ribbon button opens the pane, so there are no
// functions to register, but Office still waits for the file to call Office.onReady.
Office.onReady(function () {});
