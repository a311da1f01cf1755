// The video the page tests' database shows (the seed has none), with its alternatives as staff must give them
// with a video file (RGAA 4.1, 4.3, 4.5).
export const VIDEO_ALTERNATIVES = {
  transcript:
    "Une salariée en parcours présente l’atelier de menuiserie du chantier.\n\nElle montre les outils, puis un meuble terminé qu’elle a restauré.",
  captionsUrl: "/videos/presentation.vtt",
  describedUrl: "/videos/presentation-audiodecrite.mp4",
};
