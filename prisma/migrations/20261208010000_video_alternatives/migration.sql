-- The video's alternatives (RGAA 4.1, 4.3, 4.5): its transcript, the captions of a video file, and a version
-- with audio description.
ALTER TABLE "video_settings" ADD COLUMN "transcript" TEXT NOT NULL DEFAULT '',
ADD COLUMN "captions_url" TEXT,
ADD COLUMN "described_url" TEXT;
