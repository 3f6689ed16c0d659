/**
 * A JSON file the app ships in public/ (`folder/file`), found relative to the page so that a build served from a
 * sub-path finds it too. Rejects with a sentence for people that names the file.
 */
export async function fetchPublicJson(folder: string, file: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(`${folder}/${file}`, document.baseURI));
  } catch (e) {
    throw new Error(`${file} could not be fetched (${e instanceof Error ? e.message : 'network error'})`, { cause: e });
  }
  if (!response.ok) throw new Error(`${file} could not be fetched (HTTP ${response.status})`);
  try {
    return (await response.json()) as unknown;
  } catch (e) {
    throw new Error(`${file} is not valid JSON`, { cause: e });
  }
}
