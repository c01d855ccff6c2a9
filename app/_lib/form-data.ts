/** FormData → plain object; repeated keys become arrays. Schemas coerce the strings. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key).filter((v) => typeof v === 'string' || (v instanceof File && v.size > 0));
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    result[name] = key.endsWith('[]') || values.length > 1 ? values : values[0];
  }
  return result;
}
