// Docker's streaming endpoints (stats, events) send one JSON object per line; chunks do not respect lines.

export function jsonLines<T>(stream: NodeJS.ReadableStream, onObject: (value: T) => void, onBadLine?: (line: string) => void): void {
  let partial = '';
  stream.on('data', (chunk: Buffer | string) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      let value: T;
      try {
        value = JSON.parse(line) as T;
      } catch {
        onBadLine?.(line);
        continue;
      }
      onObject(value);
    }
  });
}
