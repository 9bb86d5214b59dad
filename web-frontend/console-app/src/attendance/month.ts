// The month the attendance screens show, as the API names it (yyyy-MM), in the browser's time zone.
export const thisMonth = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
};

export const isMonth = (text: string) => /^\d{4}-\d{2}$/.test(text);
