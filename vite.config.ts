import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer/', import.meta.url));

/** A module of one of these packages (by its path under node_modules). */
const inPackages = (names: string) => new RegExp(`[\\/]node_modules[\\/](${names})[\\/]`);

// Two pages: the app, and the print page that lays out one filing for PDF (web mode and Electron alike).
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer/', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: { index: `${root}index.html`, print: `${root}print.html` },
      output: {
        // Each page of the app is a chunk of its own (React.lazy in renderer/app/Shell.tsx). The libraries are named
        // chunks shared by both pages: React and zod (all the print page needs besides its own code), and the app's
        // router, data and form libraries. antd is left to the bundler's split by use, so a page brings the
        // components it draws (table, date-picker…): one antd chunk would put 1.09 MB in front of the first screen.
        codeSplitting: {
          groups: [
            { name: 'react', test: inPackages('react|react-dom|scheduler'), priority: 30 },
            { name: 'zod', test: inPackages('zod'), priority: 20 },
            { name: 'vendor', test: inPackages('@tanstack|react-hook-form|@hookform|react-router|cookie|set-cookie-parser'), priority: 10 },
          ],
        },
      },
    },
  },
});
